using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Identity.Accounts;

public sealed record AccountQuery(Guid? UnionSubtreeOf, string? Text, IdPage Page);
