using OpenIddict.Abstractions;

namespace Volunteer.Identity.Oidc;

/// <summary>
/// Every token the provider issues leaves a row, so a refresh token is redeemed once and a revocation
/// holds. Rows of tokens and authorizations that ended (expired, redeemed, revoked) are of no use a day
/// later: removing them keeps the tables to what is in use rather than every token ever asked for.
/// </summary>
public sealed class EndedTokenPruning(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
{
    public static readonly TimeSpan KeptAfterIssue = TimeSpan.FromDays(1);

    public async Task<(long Tokens, long Authorizations)> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var threshold = now - KeptAfterIssue;
        return (await tokens.PruneAsync(threshold, cancellationToken),
            await authorizations.PruneAsync(threshold, cancellationToken));
    }
}
