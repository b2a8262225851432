using System.Security.Claims;
using Volunteer.ServiceDefaults.Auth;
using Xunit;

namespace Volunteer.Roster.Tests;

/// <summary>
/// The cache of validated tokens never keeps a token past its expiry, and only the very same token finds
/// what was kept (the services' foundation tests refuse a forgery of a cached token's claims end to end).
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private const string Token = "header.payload.signature";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ClaimsPrincipal _caller = new(new ClaimsIdentity([new Claim("sub", "someone")], "platform"));

    [Fact]
    public void A_cached_token_is_refused_from_its_expiry_on()
    {
        var cache = new ValidatedTokenCache(_clock);
        cache.Add(Token, _caller, _clock.GetUtcNow().AddMinutes(2));
        Assert.True(cache.TryGet(Token, out _));

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(cache.TryGet(Token, out _));
    }

    [Fact]
    public void A_long_lived_token_is_validated_again_after_the_longest_time_kept()
    {
        var cache = new ValidatedTokenCache(_clock);
        cache.Add(Token, _caller, _clock.GetUtcNow().AddHours(1));

        _clock.Advance(ValidatedTokenCache.LongestKept);

        Assert.False(cache.TryGet(Token, out _));
    }

    [Fact]
    public void A_token_already_expired_is_not_kept()
    {
        var cache = new ValidatedTokenCache(_clock);

        cache.Add(Token, _caller, _clock.GetUtcNow().AddSeconds(-1));

        Assert.False(cache.TryGet(Token, out _));
    }

    [Fact]
    public void Only_the_same_token_finds_the_caller_and_gets_a_copy_of_its_own()
    {
        var cache = new ValidatedTokenCache(_clock);
        cache.Add(Token, _caller, _clock.GetUtcNow().AddMinutes(10));

        Assert.False(cache.TryGet(Token + "x", out _));
        Assert.False(cache.TryGet("header.payload.forged", out _));
        Assert.True(cache.TryGet(Token, out var found));
        Assert.NotSame(_caller, found);
        Assert.Equal("someone", found.FindFirstValue("sub"));
    }
}
