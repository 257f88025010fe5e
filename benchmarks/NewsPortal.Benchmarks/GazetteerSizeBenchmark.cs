using BenchmarkDotNet.Attributes;
using NewsPortal.Analysis;
using NewsPortal.Analysis.Actors;

namespace NewsPortal.Benchmarks;

/// <summary>
/// Matching time against gazetteer size: the same articles analysed with the shipped lexicon plus
/// <see cref="ExtraNames"/> made-up two-word names. A trie lookup per word does not depend on how
/// many names there are, so the means should stay level.
/// </summary>
[MemoryDiagnoser]
public class GazetteerSizeBenchmark
{
    private const string Letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private ArticleAnalyzer analyzer = null!;
    private ArticleInput[] articles = [];

    [Params(0, 1_000, 10_000)]
    public int ExtraNames { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(16);
        string Word() => string.Concat(Enumerable.Range(0, random.Next(4, 8)).Select(_ => Letters[random.Next(Letters.Length)]));
        var extra = Enumerable.Range(0, ExtraNames).Select(i => new ActorEntry
        {
            Id = $"np:person/synthetic-{i}", Kind = ActorKinds.Person, Name = $"Synthetic {i}", NamesAr = [$"{Word()} {Word()}", Word() + "وف"],
        });
        analyzer = ArticleAnalyzer.Create(Gazetteer.Build(Gazetteer.ReadEmbedded().Concat(extra)));
        articles = [.. Enumerable.Range(0, AnalyzerBenchmark.Batch).Select(i => SyntheticArticles.Build(i, words: 800))];
    }

    [Benchmark(OperationsPerInvoke = AnalyzerBenchmark.Batch)]
    public int AnalyzeArticle()
    {
        var found = 0;
        foreach (var article in articles)
        {
            found += analyzer.Analyze(article).Actors.Count;
        }
        return found;
    }
}
