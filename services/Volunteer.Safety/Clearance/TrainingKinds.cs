namespace Volunteer.Safety.Clearance;

/// <summary>
/// Roster's training kinds and what the program asks of preparation: training in business knowledge, conduct
/// (思想作风) and safety for volunteers and cadres alike (粤教工〔2018〕17号 五(二)).
/// </summary>
public static class TrainingKinds
{
    public const string Business = "business";
    public const string Conduct = "conduct";
    public const string Safety = "safety";

    public static readonly IReadOnlyList<string> ProgramRequires = [Business, Conduct, Safety];

    /// <summary>The clearance reason code of a missing training.</summary>
    public static string MissingCode(string kind) => kind switch
    {
        Business => ClearanceRules.NoBusinessTraining,
        Conduct => ClearanceRules.NoConductTraining,
        _ => ClearanceRules.NoSafetyTraining,
    };

    public static string ChineseName(string kind) => kind switch
    {
        Business => "业务知识",
        Conduct => "思想作风",
        _ => "安全知识",
    };
}
