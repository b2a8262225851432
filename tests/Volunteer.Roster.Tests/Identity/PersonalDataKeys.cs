using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Tests.Identity;

internal static class PersonalDataKeys
{
    public static string NewKey(int bytes = PersonalDataOptions.KeyLength) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    public static PersonalDataOptions NewOptions() => new() { EncryptionKey = NewKey(), LookupKey = NewKey() };

    public static PersonalDataProtector Protector(PersonalDataOptions options) => new(Options.Create(options));
}
