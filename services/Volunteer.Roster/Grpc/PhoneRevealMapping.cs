using Volunteer.Roster.Reach;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

public static class PhoneRevealMapping
{
    public static Proto.RevealContactPhonesResponse ToProto(this RevealedPhones phones) => new()
    {
        VolunteerId = phones.VolunteerId.ToString(),
        Name = phones.Name,
        Phone = phones.Phone,
        EmergencyContactName = phones.ContactName ?? "",
        EmergencyContactRelationship = phones.ContactRelationship ?? "",
        EmergencyContactPhone = phones.ContactPhone ?? "",
    };
}
