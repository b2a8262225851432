using System.Security.Cryptography;

namespace Volunteer.Identity.Accounts;

/// <summary>The password rules (see AccountExtensions) as people read them, and passwords that keep them.</summary>
public static class PasswordRules
{
    public const string Description = "密码至少 10 位，须同时包含大写字母、小写字母、数字和符号";

    private const int OneTimeLength = 16;
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%&*+-=?@";

    /// <summary>A random password with every kind of character, without look-alikes (0/O, 1/l).</summary>
    public static string OneTime()
    {
        string[] kinds = [Upper, Lower, Digits, Symbols];
        var all = string.Concat(kinds);
        var chars = kinds.Select(k => RandomNumberGenerator.GetItems<char>(k, 1)[0])
            .Concat(RandomNumberGenerator.GetItems<char>(all, OneTimeLength - kinds.Length))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
