using System.Runtime.InteropServices;

namespace Briefing.Output;

/// <summary>
/// Puts a file of the previous output into the staged site: a hard link where the file system allows
/// one (no bytes copied, and deleting the previous output then frees nothing but names), else a copy.
/// </summary>
internal static class HardLink
{
    private static volatile bool _unavailable = !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS();

    public static void LinkOrCopy(string existing, string created)
    {
        if (!_unavailable)
        {
            try
            {
                if (Link(PathBytes(existing), PathBytes(created)) == 0)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _unavailable = true;
            }
        }

        File.Copy(existing, created);
    }

    // A path as link(2) takes it: UTF-8, ending in a zero byte.
    private static byte[] PathBytes(string path) => System.Text.Encoding.UTF8.GetBytes(path + '\0');

    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link(byte[] existing, byte[] created);
}
