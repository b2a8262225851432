namespace Volunteer.EndToEnd.Tests.Campaign;

/// <summary>One day of attendance as planned by the story, with the hours it must count.</summary>
internal sealed record ServiceDay(string Day, TimeOnly CheckIn, TimeOnly CheckOut, int TravelMinutes, double Hours);
