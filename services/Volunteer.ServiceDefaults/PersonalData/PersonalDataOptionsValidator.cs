using Microsoft.Extensions.Options;

namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// Fails start-up on an unusable key, naming the setting to fix, instead of failing on the first
/// registration. Messages describe what is wrong with a key, never its content.
/// </summary>
public sealed class PersonalDataOptionsValidator : IValidateOptions<PersonalDataOptions>
{
    public ValidateOptionsResult Validate(string? name, PersonalDataOptions options)
    {
        var failures = FindFailures(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static IReadOnlyList<string> FindFailures(PersonalDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var encryptionKey = CheckKey(options.EncryptionKey, nameof(PersonalDataOptions.EncryptionKey), failures);
        var lookupKey = CheckKey(options.LookupKey, nameof(PersonalDataOptions.LookupKey), failures);
        if (encryptionKey is not null && lookupKey is not null && encryptionKey.AsSpan().SequenceEqual(lookupKey))
        {
            failures.Add($"{Setting(nameof(PersonalDataOptions.LookupKey))} must differ from "
                + $"{Setting(nameof(PersonalDataOptions.EncryptionKey))}; generate a separate random key.");
        }

        return failures;
    }

    internal static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    private static byte[]? CheckKey(string? base64, string property, List<string> failures)
    {
        var setting = Setting(property);
        var hint = $"set it to the base64 of {PersonalDataOptions.KeyLength} random bytes, e.g. from 'openssl rand -base64 32'.";
        if (string.IsNullOrWhiteSpace(base64))
        {
            failures.Add($"{setting} is missing; {hint}");
            return null;
        }

        var key = Decode(base64);
        if (key is null)
        {
            failures.Add($"{setting} is not valid base64; {hint}");
        }
        else if (key.Length != PersonalDataOptions.KeyLength)
        {
            failures.Add($"{setting} decodes to {key.Length} bytes, not {PersonalDataOptions.KeyLength}; {hint}");
            return null;
        }

        return key;
    }

    private static string Setting(string property) => $"{PersonalDataOptions.SectionName}:{property}";
}
