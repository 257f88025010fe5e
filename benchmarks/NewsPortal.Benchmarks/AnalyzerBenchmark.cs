using BenchmarkDotNet.Attributes;
using NewsPortal.Analysis;

namespace NewsPortal.Benchmarks;

/// <summary>
/// Articles per second through <see cref="ArticleAnalyzer.Analyze"/> on one core. Each operation
/// analyses <see cref="Batch"/> different ~800-word articles, so articles/s = Batch / mean time.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmark
{
    public const int Batch = 16;

    private ArticleAnalyzer analyzer = null!;
    private ArticleInput[] articles = [];
    private ArticleInput longArticle = null!;

    [GlobalSetup]
    public void Setup()
    {
        analyzer = ArticleAnalyzer.CreateDefault();
        articles = [.. Enumerable.Range(0, Batch).Select(i => SyntheticArticles.Build(i, words: 800))];
        longArticle = SyntheticArticles.Build(1, words: 50_000);
    }

    /// <summary>One article of 50,000 words: time per word should stay that of an 800-word article (linear).</summary>
    [Benchmark]
    public int AnalyzeFiftyThousandWords()
    {
        var result = analyzer.Analyze(longArticle);
        return result.Actors.Count + result.Dates.Count + result.Events.Count;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AnalyzeArticle()
    {
        var found = 0;
        foreach (var article in articles)
        {
            var result = analyzer.Analyze(article);
            found += result.Actors.Count + result.Dates.Count + result.Events.Count;
        }
        return found;
    }
}
