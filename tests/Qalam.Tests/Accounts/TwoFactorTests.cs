using Microsoft.AspNetCore.DataProtection;
using OtpNet;
using Qalam.Accounts;
using Qalam.Content;

namespace Qalam.Tests.Accounts;

public sealed class TwoFactorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string Code(string secret, DateTimeOffset at) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(at.UtcDateTime);

    [Theory]
    [InlineData("{0}")]
    [InlineData("{0:### ###}")]
    [InlineData("arabic-indic")]
    [InlineData("persian")]
    public void A_code_matches_however_people_type_it(string form)
    {
        var secret = TwoFactor.NewSecret();
        var code = Code(secret, Now);
        var typed = form switch
        {
            "arabic-indic" => string.Concat(code.Select(c => (char)('\u0660' + (c - '0')))),
            "persian" => string.Concat(code.Select(c => (char)('\u06F0' + (c - '0')))),
            "{0:### ###}" => code[..3] + " " + code[3..],
            _ => code,
        };
        Assert.NotNull(new TwoFactor(new FixedClock(Now), new EphemeralDataProtectionProvider()).Match(secret, typed));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-29, true)]
    [InlineData(31, true)]
    [InlineData(-31, false)]
    [InlineData(61, false)]
    public void A_code_matches_with_one_step_of_clock_drift_and_no_more(int seconds, bool accepted)
    {
        var secret = TwoFactor.NewSecret();
        var step = new TwoFactor(new FixedClock(Now), new EphemeralDataProtectionProvider()).Match(secret, Code(secret, Now.AddSeconds(seconds)));
        Assert.Equal(accepted, step is not null);
        if (step is not null) Assert.Equal(Now.AddSeconds(seconds).ToUnixTimeSeconds() / 30, step);
    }

    [Fact]
    public void The_secret_is_stored_encrypted_and_read_back_for_verifying()
    {
        var twoFactor = new TwoFactor(new FixedClock(Now), new EphemeralDataProtectionProvider());
        var person = new Person { DisplayName = "سلمى", Slug = "salma" };
        twoFactor.StartEnrolment(person);
        var secret = twoFactor.SecretOf(person)!;

        Assert.Matches("^[A-Z2-7]{32}$", secret);
        Assert.DoesNotContain(secret, person.TwoFactorSecret);
        Assert.NotNull(twoFactor.Match(twoFactor.SecretOf(person)!, Code(secret, Now)));
        Assert.Null(new TwoFactor(new FixedClock(Now), new EphemeralDataProtectionProvider()).SecretOf(person));
    }

    [Fact]
    public void Recovery_codes_are_stored_hashed_and_each_works_once()
    {
        var person = new Person { DisplayName = "سلمى", Slug = "salma" };
        var codes = TwoFactor.ResetRecoveryCodes(person);

        Assert.Equal(10, codes.Distinct().Count());
        Assert.DoesNotContain(codes[0], person.RecoveryCodes);
        Assert.True(TwoFactor.RedeemRecoveryCode(person, " " + codes[0].ToUpperInvariant() + " "));
        Assert.False(TwoFactor.RedeemRecoveryCode(person, codes[0]));
        Assert.False(TwoFactor.RedeemRecoveryCode(person, "aaaaa-bbbbb"));
        Assert.Equal(9, TwoFactor.RemainingRecoveryCodes(person));
    }
}
