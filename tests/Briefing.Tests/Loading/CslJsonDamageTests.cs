using System.Text;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Loading;

/// <summary>
/// A sources.json damaged at random (bytes changed, cut, doubled; escapes of half a surrogate pair,
/// bytes that are not UTF-8, deep nesting, a second value put in) gives sources or diagnostics inside
/// the file, never an exception.
/// </summary>
public sealed class CslJsonDamageTests
{
    private static readonly string[] Damage =
        ["\\ud800", "\\udc00", "\\u", "\\", "\"", "\uFEFF", "[", "]", "{", "}", ",", ":", "/*", "//", "\n", "é", "😀", "1e999", "-", "null", "x"];

    [Fact]
    public void A_damaged_sources_file_gives_sources_or_located_diagnostics_and_never_an_exception()
    {
        var random = new Random(20261207);
        var good = Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", Enumerable.Range(0, 6).Select(i => GeneratedCslJson.Item(random, i).Json)) + "\n]\n");
        using var temp = new TempFolder();
        for (var round = 0; round < 600; round++)
        {
            var bytes = Damaged(random, good);
            temp.WriteBytes("sources.json", bytes);
            var diagnostics = new DiagnosticBag();

            var library = LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);

            var lines = bytes.Count(b => b == (byte)'\n') + 1;
            Assert.All(diagnostics.ToSortedArray(), d => Assert.True(d.Line >= 1 && d.Line <= lines && d.Column >= 1, d.ToString()));
            Assert.True(library.Complete || diagnostics.HasErrors);
        }
    }

    private static byte[] Damaged(Random random, byte[] good)
    {
        var bytes = good.ToList();
        for (var slips = random.Next(1, 4); slips > 0; slips--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(20, bytes.Count - at)));
                    break;
                case 3:
                    bytes.InsertRange(at, Enumerable.Repeat((byte)'[', random.Next(60, 70)));
                    break;
                default:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Damage[random.Next(Damage.Length)]));
                    break;
            }

            if (bytes.Count == 0)
            {
                break;
            }
        }

        return [.. bytes];
    }
}
