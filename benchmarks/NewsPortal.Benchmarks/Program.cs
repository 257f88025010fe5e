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
    // CPU time and bytes allocated per article move far less than wall time on a shared machine.
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var sw = Stopwatch.StartNew();
    var rounds = 0;
    while (sw.Elapsed < TimeSpan.FromSeconds(5))
    {
        bench.AnalyzeArticle();
        rounds++;
    }
    var articles = rounds * AnalyzerBenchmark.Batch;
    process.Refresh();
    Console.WriteLine($"{articles / sw.Elapsed.TotalSeconds:F0} articles/s (stopwatch, {articles} articles); "
        + $"{(process.TotalProcessorTime - cpu).TotalMicroseconds / articles:F0} µs CPU and {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / articles:F0} KB allocated per article");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmark).Assembly).Run(args);
