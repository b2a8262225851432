using System.Buffers.Text;
using System.Text;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Keyset paging: the token carries the sort key of the last item served, so the next page starts
/// right after it, stays fast deep into a list, and does not shift when rows are added before it.
/// Opaque to clients (base64url); a token that does not decode is INVALID_ARGUMENT.
/// </summary>
public static class PageToken
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Far above any token a list returns; a longer one is refused without being decoded.</summary>
    public const int MaxTokenLength = 200;

    /// <summary>0 means the default; larger than the maximum is capped; negative is a violation.</summary>
    public static int PageSize(int requested, FieldViolations violations)
    {
        if (requested < 0)
        {
            violations.Add("page_size", FieldTexts.NotNegative);
        }

        return requested <= 0 ? DefaultPageSize : Math.Min(requested, MaxPageSize);
    }

    public static string Encode(params string[] sortKey) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', sortKey)));

    /// <summary>The sort key of a token, or null for the first page.</summary>
    public static string[]? Decode(string token, int keyParts, FieldViolations violations)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        if (token.Length <= MaxTokenLength && TryDecode(token) is { } parts && parts.Length == keyParts)
        {
            return parts;
        }

        violations.Add("page_token", FieldTexts.UnknownPageToken);
        return null;
    }

    private static string[]? TryDecode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n');
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
