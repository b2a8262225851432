using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Tests.Identity;

public sealed class PersonalDataOptionsTests
{
    private const string EncryptionSetting = "PersonalData:EncryptionKey";
    private const string LookupSetting = "PersonalData:LookupKey";

    [Fact]
    public void Two_distinct_32_byte_keys_are_accepted()
    {
        Assert.True(new PersonalDataOptionsValidator().Validate(null, PersonalDataKeys.NewOptions()).Succeeded);
    }

    [Theory]
    [InlineData(null, EncryptionSetting, "is missing")]
    [InlineData("", EncryptionSetting, "is missing")]
    [InlineData("not base64!", EncryptionSetting, "is not valid base64")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==", EncryptionSetting, "decodes to 16 bytes, not 32")]
    public void Unusable_encryption_key_is_named_in_the_error(string? key, string setting, string reason)
    {
        var options = new PersonalDataOptions { EncryptionKey = key, LookupKey = PersonalDataKeys.NewKey() };

        var failure = Assert.Single(new PersonalDataOptionsValidator().Validate(null, options).Failures!);

        Assert.StartsWith($"{setting} {reason}", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Unusable_lookup_key_is_named_in_the_error()
    {
        var options = new PersonalDataOptions { EncryptionKey = PersonalDataKeys.NewKey(), LookupKey = PersonalDataKeys.NewKey(64) };

        var failure = Assert.Single(new PersonalDataOptionsValidator().Validate(null, options).Failures!);

        Assert.StartsWith($"{LookupSetting} decodes to 64 bytes", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_missing_keys_are_reported()
    {
        var failures = new PersonalDataOptionsValidator().Validate(null, new PersonalDataOptions()).Failures!;

        Assert.Collection(
            failures,
            f => Assert.StartsWith(EncryptionSetting, f, StringComparison.Ordinal),
            f => Assert.StartsWith(LookupSetting, f, StringComparison.Ordinal));
    }

    [Fact]
    public void Reusing_the_encryption_key_for_lookups_is_rejected()
    {
        var key = PersonalDataKeys.NewKey();

        var failure = Assert.Single(new PersonalDataOptionsValidator().Validate(null, new() { EncryptionKey = key, LookupKey = key }).Failures!);

        Assert.StartsWith($"{LookupSetting} must differ", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_do_not_contain_the_key()
    {
        var shortKey = PersonalDataKeys.NewKey(16);

        var result = new PersonalDataOptionsValidator().Validate(null, new() { EncryptionKey = shortKey, LookupKey = shortKey });

        Assert.DoesNotContain(shortKey, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Protector_cannot_be_built_on_a_bad_key()
    {
        var exception = Assert.Throws<OptionsValidationException>(() =>
            PersonalDataKeys.Protector(new() { EncryptionKey = PersonalDataKeys.NewKey(), LookupKey = null }));

        Assert.Contains(LookupSetting, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_refuses_to_start_without_the_keys()
    {
        using var host = BuildHost(new Dictionary<string, string?> { [EncryptionSetting] = PersonalDataKeys.NewKey() });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"{LookupSetting} is missing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_with_both_keys_configured_provides_a_working_protector()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            [EncryptionSetting] = PersonalDataKeys.NewKey(),
            [LookupSetting] = PersonalDataKeys.NewKey(),
        });

        await host.StartAsync();
        var protector = host.Services.GetRequiredService<PersonalDataProtector>();

        Assert.Equal("13812345678", protector.Decrypt(protector.Encrypt("13812345678")));
        await host.StopAsync();
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPersonalDataProtection();
        return builder.Build();
    }
}
