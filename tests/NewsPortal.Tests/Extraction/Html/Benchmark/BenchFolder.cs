namespace NewsPortal.Tests.Extraction.Html.Benchmark;

/// <summary>Finds shared/bench by walking up from the current directory (CI has ../shared beside the clone).</summary>
public static class BenchFolder
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench");
            if (Directory.Exists(Path.Combine(candidate, "aeb")))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The repository root (the folder holding the .sln), for writing artifacts.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.sln").Any())
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
