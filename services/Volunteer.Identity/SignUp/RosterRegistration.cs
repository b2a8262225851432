using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Identity.SignUp;

/// <summary>
/// Registers a person who signed up as a staff volunteer in roster (pending vetting, as roster starts
/// everyone), acting as the registrar. Roster's refusals come back as the form fields they concern.
/// </summary>
public sealed class RosterRegistration(RosterService.RosterServiceClient roster, RegistrarToken token,
    IOptions<SignUpSettings> settings, TimeProvider time)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <returns>The new volunteer's id, or the problems to show next to the fields.</returns>
    public async Task<(Guid? VolunteerId, IReadOnlyList<FormProblem> Problems)> RegisterAsync(
        SignUpForm form, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { "authorization", $"Bearer {await token.GetAsync(cancellationToken)}" } };
        try
        {
            var response = await roster.RegisterStaffVolunteerAsync(Request(form), headers,
                DateTime.UtcNow + Patience, cancellationToken);
            return (Guid.Parse(response.Volunteer.Id), []);
        }
        catch (RpcException e) when (RosterRefusals.Problems(e) is { Count: > 0 } problems)
        {
            return (null, problems);
        }
    }

    private RegisterStaffVolunteerRequest Request(SignUpForm form) => new()
    {
        RequestId = form.RequestId.ToString(),
        UnionId = form.UnionId!.Value.ToString(),
        Name = form.Name.Trim(),
        IdType = form.IdType == IdType.ResidentIdCard
            ? IdDocumentType.ResidentIdCard
            : IdDocumentType.Other,
        IdNumber = form.IdNumber.Trim().ToUpperInvariant(),
        Gender = form.Gender == PersonGender.Male ? Gender.Male : Gender.Female,
        BirthDate = form.BirthDate!.Value.ToString("yyyy-MM-dd"),
        Phone = form.Phone.Trim(),
        ParticipationConsent = GivenNow(settings.Value.ConsentTextVersion),
        SensitiveDataConsent = GivenNow(settings.Value.SensitiveDataConsentTextVersion),
    };

    // The form was submitted with its checkboxes ticked: both consents are given now.
    private Consent GivenNow(string textVersion) =>
        new() { GivenTime = Timestamp.FromDateTimeOffset(time.GetUtcNow()), TextVersion = textVersion };
}
