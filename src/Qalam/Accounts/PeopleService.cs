using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>Creating people and setting passwords, shared by the admin, the `users` verbs and first start.</summary>
public sealed class PeopleService(QalamDb db, IPasswordHasher<Person> hasher, TimeProvider clock, AuditLog audit, Localization.Languages languages)
{
    public const int MinPasswordLength = PasswordRules.MinLength;

    public async Task<Person> AddAsync(string email, string displayName, Role role, string? password, CancellationToken ct = default)
    {
        var normalized = NormalizeEmail(email);
        if (await db.People.AnyAsync(p => p.NormalizedEmail == normalized, ct))
        {
            throw new InvalidOperationException($"Someone with the email {email} already exists.");
        }
        var person = new Person
        {
            DisplayName = displayName.Trim(),
            Slug = await UniqueSlugAsync(displayName, ct),
            Email = email.Trim(),
            NormalizedEmail = normalized,
            Role = role,
            CreatedUtc = clock.GetUtcNow(),
            // The admin speaks the site's default language until the person chooses another.
            UiLanguage = languages.Default.Code,
        };
        if (password is not null) SetPassword(person, password);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return person;
    }

    /// <summary>Hashes and sets a password, and changes the security stamp so other sessions end.</summary>
    public void SetPassword(Person person, string password)
    {
        if (PasswordRules.Problem(password, person) is { } problem)
        {
            throw new ArgumentException(problem.Key switch
            {
                "PasswordTooShort" => $"A password needs at least {MinPasswordLength} characters.",
                "PasswordTooLong" => $"A password has at most {PasswordRules.MaxLength} characters.",
                "PasswordTooCommon" => "That password is too common; choose another.",
                _ => "A password must not be the person's email or name.",
            }, nameof(password));
        }
        person.PasswordHash = hasher.HashPassword(person, password);
        person.SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Saves a person's public profile (name and bio on their author page) and interface language.</summary>
    public Task SaveProfileAsync(Person person, ProfileForm form, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        form.ApplyTo(person, languages);
        audit.Record("profile-changed", $"person:{person.Id}");
        await db.SaveChangesAsync(ct);
    }, ct);

    public async Task<string> UniqueSlugAsync(string name, CancellationToken ct = default)
    {
        var baseSlug = Slug.FromText(name);
        if (baseSlug.Length == 0) baseSlug = "author";
        var slug = baseSlug;
        for (var i = 2; await db.People.AnyAsync(p => p.Slug == slug, ct); i++) slug = $"{baseSlug}-{i}";
        return slug;
    }

    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();

    /// <summary>A random password for first start: 20 characters from an unambiguous alphabet.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
