using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The browser's sign-in session (issue 16): an opaque, protected cookie naming the key's row, never the key; read for
/// GET and HEAD only; ended at once when the key is revoked; refused when altered, expired or of the old kind.
/// </summary>
public abstract class SessionTests(HostFixture host)
{
    [Fact]
    public async Task SignIn_SetsAnOpaqueHttpOnlyStrictSession_NeverTheKey()
    {
        var (id, secret) = await NewKey("Analyst");
        using var response = await SignIn(Browser(), secret);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var session = Assert.Single(cookies);
        Assert.StartsWith(Sessions.Cookie + "=", session, StringComparison.Ordinal);
        var attributes = session.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain("secure", attributes); // plain HTTP here; see the HTTPS test
        Assert.Contains(attributes, a => a.StartsWith("expires=", StringComparison.Ordinal));

        var value = Value(session);
        Assert.DoesNotContain(secret, value, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeySecrets.Hash(secret), value, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeySecrets.Hash(secret)[..16], value, StringComparison.Ordinal);
        Assert.DoesNotContain(id, value, StringComparison.Ordinal);
        Assert.DoesNotContain(
            "careers_api_key",
            string.Join("\n", cookies),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task SignIn_OverHttps_TheCookieIsSecure()
    {
        var (_, secret) = await NewKey("Analyst");
        var client = host.Factory.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = false,
                BaseAddress = new Uri("https://localhost"),
            }
        );
        using var response = await SignIn(client, secret);
        var session = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", session.Split(';').Select(a => a.Trim().ToLowerInvariant()));
    }

    [Fact]
    public async Task Session_Reads_NeverWrites_AndStopsAtOnceWhenTheKeyIsRevoked()
    {
        var (id, secret) = await NewKey("Analyst");
        var cookie = await SessionFor(secret);
        using (var read = await WithCookie(HttpMethod.Get, "/area", cookie))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        // A forged form elsewhere could post with the cookie: it is never read for anything but GET and HEAD.
        using (var write = await WithCookie(HttpMethod.Post, "/funding/scenarios", cookie))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        }

        using (var revoke = await host.Client(ApiRole.Admin).DeleteAsync($"/admin/api-keys/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var after = await WithCookie(HttpMethod.Get, "/area", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Session_ForAKeyWhoseSecretWasReplaced_IsRefused()
    {
        var (id, secret) = await NewKey("Analyst");
        var cookie = await SessionFor(secret);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            // As configuration does when a named key gets a new secret: same row, another hash.
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            var row = await db.ApiKeys.SingleAsync(k => k.Id == id);
            row.Hash = ApiKeySecrets.Hash(ApiKeySecrets.NewKey());
            await db.SaveChangesAsync();
        }

        using var response = await WithCookie(HttpMethod.Get, "/area", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Session_AlteredExpiredOrTheOldRawKeyCookie_IsRefused()
    {
        var (id, secret) = await NewKey("Analyst");
        var cookie = await SessionFor(secret);
        var altered = cookie[..^4] + (cookie[^4] == 'A' ? "B" : "A") + cookie[^3..];
        using (var response = await WithCookie(HttpMethod.Get, "/area", altered))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // A genuine session of this host, issued nine hours ago: past its eight.
        ApiKeyRow row;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            row = await scope
                .ServiceProvider.GetRequiredService<CareersDbContext>()
                .ApiKeys.AsNoTracking()
                .SingleAsync(k => k.Id == id);
        }

        var old = new Sessions(
            host.Factory.Services.GetRequiredService<IDataProtectionProvider>(),
            new Past(TimeSpan.FromHours(9))
        ).Issue(row);
        using (var expired = await WithCookie(HttpMethod.Get, "/area", old.Value))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        }

        // The same made now is accepted: the test above fails on the expiry alone.
        var fresh = new Sessions(
            host.Factory.Services.GetRequiredService<IDataProtectionProvider>(),
            TimeProvider.System
        ).Issue(row);
        using (var ok = await WithCookie(HttpMethod.Get, "/area", fresh.Value))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        // The cookie of old held the key itself: it is no longer read.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/area");
        request.Headers.Add("Cookie", "careers_api_key=" + secret);
        using var raw = await Browser().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, raw.StatusCode);
    }

    [Fact]
    public async Task Session_SchoolKey_LeadsToItsOwnDashboardOnly()
    {
        var (_, secret) = await NewKey("School", "sec-02");
        using var signIn = await SignIn(Browser(), secret);
        Assert.Equal("/institutions/sec-02/dashboard", signIn.Headers.Location?.OriginalString);
        var cookie = Value(Assert.Single(signIn.Headers.GetValues("Set-Cookie")));
        using (var own = await WithCookie(HttpMethod.Get, "/institutions/sec-02/dashboard", cookie))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        using var other = await WithCookie(
            HttpMethod.Get,
            "/institutions/sec-03/dashboard",
            cookie
        );
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private HttpClient Browser() =>
        host.Factory.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = false,
            }
        );

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string key) =>
        client.PostAsync(
            "/signin",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("key", key)])
        );

    private async Task<string> SessionFor(string key)
    {
        using var response = await SignIn(Browser(), key);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Value(Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    private async Task<HttpResponseMessage> WithCookie(
        HttpMethod method,
        string url,
        string session
    )
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", Sessions.Cookie + "=" + session);
        request.Headers.Add("Accept", "application/json");
        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(new { potPence = 1 });
        }

        return await Browser().SendAsync(request);
    }

    private static string Value(string setCookie) =>
        setCookie.Split(';')[0][(Sessions.Cookie.Length + 1)..];

    private async Task<(string Id, string Secret)> NewKey(string role, string? institution = null)
    {
        using var response = await host.Client(ApiRole.Admin)
            .PostAsJsonAsync(
                "/admin/api-keys",
                new
                {
                    name = $"session {role} {Guid.NewGuid():N}"[..40],
                    role,
                    institutionId = institution,
                }
            );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (
            json.RootElement.GetProperty("key").GetProperty("id").GetString()!,
            json.RootElement.GetProperty("secret").GetString()!
        );
    }

    private sealed class Past(TimeSpan ago) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow - ago;
    }
}

/// <summary>Sessions on SQLite.</summary>
public sealed class SqliteSessionTests(SqliteHost host)
    : SessionTests(host),
        IClassFixture<SqliteHost>;

/// <summary>Sessions on PostgreSQL.</summary>
public sealed class PostgreSqlSessionTests(PostgreSqlHost host)
    : SessionTests(host),
        IClassFixture<PostgreSqlHost>;
