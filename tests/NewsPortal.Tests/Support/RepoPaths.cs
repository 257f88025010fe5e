namespace NewsPortal.Tests.Support;

/// <summary>Finds the repository root (and the shared data beside it) from the test's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleSeeds => Path.Combine(Root, "samples", "seeds");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsPortal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("NewsPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
