namespace Briefing;

/// <summary>Refuses folder combinations that would make a build read its own output or replace its input.</summary>
internal static class UsageChecks
{
    public static string? Check(BuildOptions options, bool writes)
    {
        var input = Full(options.InputFolder);
        if (!Directory.Exists(input))
        {
            return $"The input folder '{options.InputFolder}' does not exist. Run from the repository root or pass --input.";
        }

        var theme = Full(options.ThemeFolder);
        if (!Directory.Exists(theme))
        {
            return $"The theme folder '{options.ThemeFolder}' does not exist. Run from the repository root or pass --theme.";
        }

        if (!writes)
        {
            return null;
        }

        var output = Full(options.OutputFolder);
        if (NearestFile(output) is { } file)
        {
            return file == output
                ? $"The output folder '{options.OutputFolder}' is a file. Choose a folder, e.g. --output output."
                : $"The output folder '{options.OutputFolder}' cannot be made: '{file}' is a file. Choose a folder, e.g. --output output.";
        }

        if (IsSameOrInside(output, input))
        {
            return $"The output folder '{options.OutputFolder}' is inside the input folder '{options.InputFolder}'. Choose an output folder outside it, e.g. --output output.";
        }

        if (IsSameOrInside(output, theme))
        {
            return $"The output folder '{options.OutputFolder}' is inside the theme folder '{options.ThemeFolder}'. Choose an output folder outside it.";
        }

        if (IsSameOrInside(input, output) || IsSameOrInside(theme, output) || IsSameOrInside(Full(Environment.CurrentDirectory), output))
        {
            return $"The output folder '{options.OutputFolder}' contains the input, the theme or the working folder, and a build replaces it whole. Choose a folder of its own, e.g. --output output.";
        }

        return null;
    }

    /// <summary>The path itself or the nearest folder above it that exists, when that is not a folder.</summary>
    private static string? NearestFile(string path)
    {
        for (var at = path; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            if (Directory.Exists(at))
            {
                return null;
            }

            if (File.Exists(at) || new FileInfo(at).LinkTarget is not null)
            {
                return at;
            }
        }

        return null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrInside(string path, string folder) =>
        path.Equals(folder, StringComparison.Ordinal)
        || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || (folder == Path.GetPathRoot(folder) && path.StartsWith(folder, StringComparison.Ordinal));
}
