using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Sites;

/// <summary>Which needs a list shows; a null filter does not narrow it.</summary>
public sealed record NeedFilter(IdPage Paging, Guid? SubtreeOf, Guid? SiteId, NeedStatus? Status);
