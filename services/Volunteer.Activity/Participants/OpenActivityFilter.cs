using Volunteer.Activity.Activities;
using Volunteer.Activity.Sites;

namespace Volunteer.Activity.Participants;

/// <summary>Which of the caller's open activities a page shows, soonest first; a null filter does not narrow.</summary>
/// <param name="From">Activities that end on or after this day.</param>
/// <param name="To">Activities that start on or before this day.</param>
public sealed record OpenActivityFilter(DayPage Paging, DateOnly? From, DateOnly? To, ServiceDomain? Domain);
