namespace NewsPortal.Importing;

/// <summary>
/// The article files under the paths an operator gives, listed as they are found (a huge folder is
/// not collected in memory first), each folder's files in name order before its subfolders. Links are
/// no way out or round: a folder link is never followed (one inside the tree is reached by its own
/// path; one to an ancestor would loop for ever), and a file link to outside the folder is skipped.
/// </summary>
public static class ArticleFiles
{
    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm"];

    /// <summary>Each file to import (Skipped null), or a path left out with the reason.</summary>
    public static IEnumerable<(string Path, string? Skipped)> List(string path)
    {
        if (!Directory.Exists(path))
        {
            yield return (path, File.Exists(path) ? null : "no such file or folder");
            yield break;
        }
        var root = Real(new DirectoryInfo(Path.GetFullPath(path)));
        var folders = new Stack<string>();
        folders.Push(path);
        while (folders.TryPop(out var folder))
        {
            var (files, subfolders, error) = Read(folder);
            if (error is not null)
            {
                yield return (folder, error);
                continue;
            }
            foreach (var file in files.Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())))
            {
                var info = new FileInfo(file);
                yield return info.LinkTarget is null || Inside(root, info.ResolveLinkTarget(returnFinalTarget: true)?.FullName)
                    ? (file, null)
                    : (file, "a link to a file outside the imported folder: not followed");
            }
            foreach (var subfolder in subfolders.Reverse())
            {
                var info = new DirectoryInfo(subfolder);
                if (info.LinkTarget is null)
                {
                    folders.Push(subfolder);
                }
                else if (!Inside(root, info.ResolveLinkTarget(returnFinalTarget: true)?.FullName))
                {
                    yield return (subfolder, "a link to a folder outside the imported folder: not followed");
                }
            }
        }
    }

    private static (string[] Files, string[] Folders, string? Error) Read(string folder)
    {
        try
        {
            return ([.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)],
                    [.. Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], [], $"the folder could not be read: {e.Message}");
        }
    }

    private static string Real(DirectoryInfo folder) =>
        (folder.LinkTarget is null ? folder : folder.ResolveLinkTarget(returnFinalTarget: true) ?? folder).FullName.TrimEnd(Path.DirectorySeparatorChar);

    private static bool Inside(string root, string? target) =>
        target is not null && (target == root || target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
