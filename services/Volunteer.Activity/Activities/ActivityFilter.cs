using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Activities;

/// <summary>Which activities a list shows; a null filter does not narrow it.</summary>
/// <param name="From">Activities that end on or after this day.</param>
/// <param name="To">Activities that start on or before this day.</param>
public sealed record ActivityFilter(
    IdPage Paging,
    Guid? SubtreeOf,
    Guid? TeamId,
    Guid? SiteId,
    ActivityForm? Form,
    AssistanceMode? Mode,
    ActivityStatus? Status,
    DateOnly? From,
    DateOnly? To);
