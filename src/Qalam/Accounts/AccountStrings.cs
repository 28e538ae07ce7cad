namespace Qalam.Accounts;

/// <summary>Marker for the accounts pages' strings: AccountStrings.resx (Arabic, neutral) and AccountStrings.en.resx.</summary>
public sealed class AccountStrings;
