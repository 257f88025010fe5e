using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsPortal.Benchmarks;

// "--quick": a plain stopwatch loop for a fast look; anything else goes to BenchmarkDotNet.
if (args is ["--quick", ..])
{
    var bench = new AnalyzerBenchmark();
    bench.Setup();
    for (var i = 0; i < 50; i++)
    {
        bench.AnalyzeArticle();
    }
    var sw = Stopwatch.StartNew();
    var rounds = 0;
    while (sw.Elapsed < TimeSpan.FromSeconds(5))
    {
        bench.AnalyzeArticle();
        rounds++;
    }
    Console.WriteLine($"{rounds * AnalyzerBenchmark.Batch / sw.Elapsed.TotalSeconds:F0} articles/s (stopwatch, {rounds * AnalyzerBenchmark.Batch} articles)");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmark).Assembly).Run(args);
