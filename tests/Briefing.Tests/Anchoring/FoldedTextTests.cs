using Briefing.Anchoring;

namespace Briefing.Tests.Anchoring;

public sealed class FoldedTextTests
{
    [Fact]
    public void Folding_maps_each_character_back_to_the_original()
    {
        var folded = FoldedText.Of("a \u00a0 “b”—\u2013c");

        Assert.Equal("a \"b\"-c", folded.Text);
        Assert.Equal(4, folded.OriginalStart(2)); // the opening quote
        Assert.Equal(9, folded.OriginalEnd(5)); // the dash run "—–" ends before 'c'
    }

    [Fact]
    public void Decomposed_text_folds_to_composed_and_spans_the_whole_cluster()
    {
        var folded = FoldedText.Of("cafe\u0301!");

        Assert.Equal("caf\u00e9!", folded.Text);
        Assert.Equal((3, 5), (folded.OriginalStart(3), folded.OriginalEnd(3)));
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_spaces_vanish()
    {
        Assert.Equal("denuclearizing", FoldedText.Fold("denu\u00adclear\u200bizing"));
    }

    [Fact]
    public void A_quote_is_trimmed_and_its_inner_white_space_folded()
    {
        Assert.Equal("Six-Party Talks", FoldedText.Fold("  Six–Party \n Talks "));
    }

    [Fact]
    public void Characters_that_nfc_expands_keep_their_mapping()
    {
        // U+0958 is a composition exclusion: NFC turns it into two characters.
        var text = string.Concat(Enumerable.Repeat("\u0958\u0301", 50)) + " end";

        var folded = FoldedText.Of(text);

        Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormC), folded.Text);
        Assert.Equal(text.Length, folded.OriginalEnd(folded.Text.Length - 1));
    }
}
