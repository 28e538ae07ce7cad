namespace Qalam.Accounts;

/// <summary>Marker for the token and webhook pages' strings: TokenStrings.resx (Arabic, neutral) and TokenStrings.en.resx.</summary>
public sealed class TokenStrings;
