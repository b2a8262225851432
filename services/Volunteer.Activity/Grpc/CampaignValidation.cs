using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads the year a campaign is asked for.</summary>
internal static class CampaignValidation
{
    public static int Year(int year)
    {
        if (year is < 2000 or > 2100)
        {
            new FieldViolations().Add("year", "活动年度须在2000至2100之间").ThrowIfAny();
        }

        return year;
    }
}
