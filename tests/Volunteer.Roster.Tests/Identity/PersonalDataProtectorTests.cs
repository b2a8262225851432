using System.Security.Cryptography;
using System.Text;
using Volunteer.Roster.Identity;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Tests.Identity;

public sealed class PersonalDataProtectorTests
{
    private readonly PersonalDataOptions options = PersonalDataKeys.NewOptions();

    private PersonalDataProtector Protector => PersonalDataKeys.Protector(options);

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("13812345678")]
    [InlineData("广东省广州市越秀区 张三")]
    [InlineData("")]
    public void Decrypts_what_it_encrypted(string value)
    {
        var protectedValue = Protector.Encrypt(value);

        Assert.Equal(value, Protector.Decrypt(protectedValue));
    }

    [Fact]
    public void Ciphertext_does_not_contain_the_value()
    {
        const string value = "11010519491231002X";

        var protectedValue = Protector.Encrypt(value);

        Assert.Equal(-1, protectedValue.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)));
    }

    [Fact]
    public void Protected_value_is_version_nonce_ciphertext_and_tag()
    {
        var protectedValue = Protector.Encrypt("13812345678");

        Assert.Equal(1, protectedValue[0]);
        Assert.Equal(1 + 12 + 11 + 16, protectedValue.Length);
    }

    [Fact]
    public void Same_value_encrypts_differently_each_time()
    {
        var protector = Protector;

        var first = protector.Encrypt("11010519491231002X");
        var second = protector.Encrypt("11010519491231002X");

        Assert.NotEqual(first.AsSpan(1, 12).ToArray(), second.AsSpan(1, 12).ToArray());
        Assert.NotEqual(first, second);
        Assert.Equal(protector.Decrypt(first), protector.Decrypt(second));
    }

    [Fact]
    public void Changing_any_byte_is_detected()
    {
        var protectedValue = Protector.Encrypt("11010519491231002X");

        for (var i = 0; i < protectedValue.Length; i++)
        {
            var tampered = (byte[])protectedValue.Clone();
            tampered[i] ^= 0x01;
            Assert.Throws<CryptographicException>(() => Protector.Decrypt(tampered));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(28)]
    [InlineData(1 + 12 + 18 + 15)]
    public void Truncated_value_is_rejected(int keptBytes)
    {
        var protectedValue = Protector.Encrypt("11010519491231002X");

        Assert.Throws<CryptographicException>(() => Protector.Decrypt(protectedValue[..keptBytes]));
    }

    [Fact]
    public void Value_encrypted_under_another_key_is_rejected()
    {
        var other = PersonalDataKeys.Protector(PersonalDataKeys.NewOptions());

        var exception = Assert.Throws<CryptographicException>(() => Protector.Decrypt(other.Encrypt("11010519491231002X")));

        Assert.DoesNotContain("11010519491231002X", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_hash_is_stable_for_the_same_value_and_keys()
    {
        var fromAnotherInstance = PersonalDataKeys.Protector(options);

        Assert.Equal(Protector.ComputeLookupHash("11010519491231002X"), fromAnotherInstance.ComputeLookupHash("11010519491231002X"));
    }

    [Fact]
    public void Lookup_hash_differs_for_different_values()
    {
        Assert.NotEqual(Protector.ComputeLookupHash("11010519491231002X"), Protector.ComputeLookupHash("440106199003071231"));
    }

    [Fact]
    public void Lookup_hash_depends_on_the_lookup_key()
    {
        var otherLookupKey = PersonalDataKeys.Protector(new() { EncryptionKey = options.EncryptionKey, LookupKey = PersonalDataKeys.NewKey() });

        Assert.NotEqual(Protector.ComputeLookupHash("13812345678"), otherLookupKey.ComputeLookupHash("13812345678"));
    }

    [Fact]
    public void Lookup_hash_is_hmac_sha256_so_stored_hashes_survive_upgrades()
    {
        // Expected value computed outside .NET: HMAC-SHA256 with key bytes 0..31.
        var fixedKey = new PersonalDataOptions
        {
            EncryptionKey = PersonalDataKeys.NewKey(),
            LookupKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()),
        };

        var hash = PersonalDataKeys.Protector(fixedKey).ComputeLookupHash("11010519491231002X");

        Assert.Equal("a66755453b106dcea0cfa264214ae59ff1e8b067f3e5f3aa8085e1d8757880eb", Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void Id_numbers_typed_in_either_case_find_the_same_person()
    {
        var today = new DateOnly(2024, 5, 20);
        var upper = ResidentIdNumber.Validate("11010519491231002X", today).Value!;
        var lower = ResidentIdNumber.Validate("11010519491231002x", today).Value!;

        Assert.Equal(Protector.ComputeLookupHash(upper.Value), Protector.ComputeLookupHash(lower.Value));
    }
}
