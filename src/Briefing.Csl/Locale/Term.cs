namespace Briefing.Csl.Locale;

/// <summary>A localized term in one form, with its singular and plural and, for ordinals, its gender and match rule.</summary>
internal sealed record Term(string Name, string Form, string Single, string Multiple, string? Gender, string? GenderForm, string? Match);
