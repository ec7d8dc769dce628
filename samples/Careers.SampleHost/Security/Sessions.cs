using System;
using System.Globalization;
using System.Security.Cryptography;
using Careers.SampleHost.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Careers.SampleHost.Security;

/// <summary>
/// The browser's sign-in session: an opaque cookie, encrypted and signed with ASP.NET Core Data Protection, that
/// holds the key's public row id, a fingerprint of its hash and an expiry; never the key. The handler looks the key
/// up on every request, so revoking it (or replacing its secret in configuration) ends its sessions at once.
/// </summary>
internal sealed class Sessions(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>The cookie's name.</summary>
    public const string Cookie = "careers_session";

    /// <summary>How long a session lasts from sign-in.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private const string Version = "v1";

    private readonly IDataProtector protector = protection.CreateProtector(
        "Careers.SampleHost.Session." + Version
    );

    /// <summary>A session for a key: the cookie's value, and when it expires.</summary>
    public (string Value, DateTimeOffset Expires) Issue(ApiKeyRow key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var expires = time.GetUtcNow() + Lifetime;
        var payload = string.Join(
            '\n',
            Version,
            key.Id,
            Fingerprint(key.Hash),
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
        );
        return (protector.Protect(payload), expires);
    }

    /// <summary>The key row id of a session that is genuine and not expired, with its fingerprint; else null.</summary>
    public (string KeyId, string Fingerprint)? Read(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 4096)
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null; // forged, altered, or protected with a key this host no longer has
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = payload.Split('\n');
        if (
            parts is not [Version, var id, var fingerprint, var expiry]
            || !long.TryParse(
                expiry,
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var seconds
            )
            || time.GetUtcNow().ToUnixTimeSeconds() >= seconds
        )
        {
            return null;
        }

        return (id, fingerprint);
    }

    /// <summary>Whether a session's fingerprint is the key's as it is now (a replaced secret changes it).</summary>
    public static bool Matches(string fingerprint, ApiKeyRow key) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(fingerprint),
            System.Text.Encoding.ASCII.GetBytes(Fingerprint(key.Hash))
        );

    /// <summary>The cookie's options: HttpOnly, SameSite=Strict, Secure over HTTPS, the whole site, until it expires.</summary>
    public static CookieOptions Options(HttpRequest request, DateTimeOffset? expires) =>
        new()
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = request.IsHttps,
            Path = "/",
            IsEssential = true,
            Expires = expires,
        };

    // Sixteen hex digits of the stored hash (itself a SHA-256 of the key): enough to tell a replaced secret, inside a
    // payload that is encrypted anyway.
    private static string Fingerprint(string hash) => hash.Length > 16 ? hash[..16] : hash;
}
