using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>
/// The canonical principals of tokens that passed full validation, so a caller's next calls with the same
/// token skip the signature and claim checks. Keyed by the token's SHA-256: only the very same bytes hit,
/// so a token with the same claims and any other signature is validated in full. An entry is kept until
/// the token's own expiry (without the clock skew full validation allows, so no token lives longer for
/// being cached) and at most <see cref="LongestKept"/>, so a signing key the issuer withdraws stops
/// admitting its tokens within minutes. At most <see cref="Capacity"/> entries.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan LongestKept = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (ClaimsPrincipal Principal, DateTimeOffset KeptUntil)> _entries =
        new(StringComparer.Ordinal);

    /// <returns>A copy of the principal, so nothing done to one request's user reaches another's.</returns>
    public bool TryGet(string token, [NotNullWhen(true)] out ClaimsPrincipal? principal)
    {
        var key = KeyOf(token);
        if (_entries.TryGetValue(key, out var entry) && time.GetUtcNow() < entry.KeptUntil)
        {
            principal = entry.Principal.Clone();
            return true;
        }

        _entries.TryRemove(key, out _);
        principal = null;
        return false;
    }

    /// <summary>Keeps what full validation made of a token that expires at <paramref name="expiresAt"/>.</summary>
    public void Add(string token, ClaimsPrincipal principal, DateTimeOffset expiresAt)
    {
        var now = time.GetUtcNow();
        var keptUntil = expiresAt < now + LongestKept ? expiresAt : now + LongestKept;
        if (keptUntil <= now)
        {
            return;
        }

        if (_entries.Count >= Capacity)
        {
            DropExpired(now);
        }

        _entries[KeyOf(token)] = (principal.Clone(), keptUntil);
    }

    /// <summary>Makes room; when nothing has expired, starts afresh rather than grow without bound.</summary>
    private void DropExpired(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.KeptUntil <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
    }

    private static string KeyOf(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
