using Briefing.Diagnostics;
using Briefing.Incremental;
using Briefing.Tests.Support;

namespace Briefing.Tests.Incremental;

/// <summary>
/// The manifest keeps the bytes each entry was read from, and writes an entry that is still the
/// object it read back as those bytes: what it writes must be exactly what writing every entry anew
/// gives, and a changed entry must be written anew.
/// </summary>
public sealed class CacheFormatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Entries_written_back_as_read_are_the_bytes_a_fresh_write_gives_and_a_changed_entry_is_written_anew()
    {
        var stored = File.ReadAllBytes(BuildWithCache());
        var manifest = CacheFormat.Read(stored);
        Assert.NotNull(manifest);
        Assert.NotNull(manifest.Stored);
        Assert.Equal(["alpha", "bravo"], manifest.Briefings.Keys.Order(StringComparer.Ordinal));

        // Each summary, left in its bytes while the manifest was read, decodes to what was hashed when it was built.
        Assert.All(manifest.Briefings.Values, entry =>
        {
            Assert.Equal(entry.SummaryHash, BuildCache.SummaryHashOf(entry.Summary));
            Assert.Equal(entry.Notes, entry.Summary.Notes);
            Assert.True(entry.Notes > 0);
        });

        // Unchanged: the same bytes as the file, and as writing every entry anew.
        Assert.Equal(stored, Write(manifest));
        Assert.Equal(stored, Write(manifest with { Stored = null }));

        // One entry changed (a new object, as every change makes): written anew, the other as stored.
        var bravo = manifest.Briefings["bravo"];
        var changed = manifest with
        {
            Briefings = new(manifest.Briefings, StringComparer.Ordinal) { ["bravo"] = bravo with { ContentHash = "changed" } },
        };
        var reread = CacheFormat.Read(Write(changed));
        Assert.NotNull(reread);
        Assert.Equal("changed", reread.Briefings["bravo"].ContentHash);
        Assert.Equal(manifest.Briefings["alpha"].ContentHash, reread.Briefings["alpha"].ContentHash);
        Assert.Equal(Write(changed with { Stored = null }), Write(changed));

        // The very object read, but under another slug: its stored bytes name the old one, so it is written anew.
        var moved = manifest with
        {
            Briefings = new(StringComparer.Ordinal) { ["alpha"] = manifest.Briefings["alpha"], ["charlie"] = bravo },
        };
        var movedBack = CacheFormat.Read(Write(moved));
        Assert.NotNull(movedBack);
        Assert.Equal(["alpha", "charlie"], movedBack.Briefings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(bravo.SummaryHash, movedBack.Briefings["charlie"].SummaryHash);
        Assert.Equal(Write(moved with { Stored = null }), Write(moved));
    }

    [Fact]
    public void A_manifest_cut_short_or_with_any_byte_damaged_reads_as_none_or_as_damaged_never_as_another_failure()
    {
        var stored = File.ReadAllBytes(BuildWithCache());
        var manifest = CacheFormat.Read(stored);
        Assert.NotNull(manifest);

        // The file names every entry has are read as one string each, with the stamps as written.
        var alpha = manifest.Briefings["alpha"].Stamps;
        var bravo = manifest.Briefings["bravo"].Stamps;
        Assert.Equal(alpha.Select(s => s.Name), bravo.Select(s => s.Name));
        Assert.All(alpha.Zip(bravo), pair => Assert.Same(pair.First.Name, pair.Second.Name));
        Assert.Equal(stored, Write(manifest with { Stored = null }));

        for (var length = 0; length < stored.Length; length++)
        {
            Assert.Null(ReadOrNull(stored[..length]));
        }

        foreach (var value in new byte[] { 0x00, 0x7F, 0x80, 0xFF })
        {
            for (var at = 0; at < stored.Length; at++)
            {
                var damaged = (byte[])stored.Clone();
                damaged[at] = value;
                ReadOrNull(damaged); // a manifest (a changed letter or number), none, or damaged: nothing else
            }
        }

        static CacheManifest? ReadOrNull(byte[] bytes)
        {
            try
            {
                return CacheFormat.Read(bytes);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }

    private string BuildWithCache()
    {
        var input = SiteBuilder.WithSeedCopies(_temp, "alpha", "bravo");
        var output = Path.Combine(_temp.Path, "site", "output");
        var result = BuildSite.Run(new BuildOptions(input, RepositoryPaths.Theme, output, UseCache: true));
        Assert.Equal(ExitCode.Success, result.ExitCode);
        return Path.Combine(_temp.Path, "site", ".briefing-cache", "output", "manifest.bin");
    }

    private static byte[] Write(CacheManifest manifest)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            CacheFormat.Write(writer, manifest);
        }

        return bytes.ToArray();
    }
}
