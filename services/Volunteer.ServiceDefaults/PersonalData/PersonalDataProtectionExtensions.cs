using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Volunteer.ServiceDefaults.PersonalData;

public static class PersonalDataProtectionExtensions
{
    /// <summary>
    /// Registers <see cref="PersonalDataProtector"/> with keys from the "PersonalData" section,
    /// checked when the host starts so a missing key stops deployment rather than the first sign-up.
    /// </summary>
    public static IHostApplicationBuilder AddPersonalDataProtection(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PersonalDataOptions>()
            .Bind(builder.Configuration.GetSection(PersonalDataOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersonalDataOptions>, PersonalDataOptionsValidator>());
        builder.Services.TryAddSingleton<PersonalDataProtector>();
        return builder;
    }

    /// <summary>Registers the "ContactReach" window, shared by every service revealing phones for an activity.</summary>
    public static IHostApplicationBuilder AddContactReach(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ContactReachOptions>()
            .Bind(builder.Configuration.GetSection(ContactReachOptions.SectionName)).ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}
