using Volunteer.Activity.History;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Sites;

/// <summary>
/// Editing: a need changes until a team is matched to it. A verified need that changes is registered
/// again, since its verification was of what it said before (《志愿服务条例》§13).
/// </summary>
public sealed partial class Need
{
    private string _title = "";
    private ServiceDomain _domain;
    private List<string> _skills = [];
    private DateOnly _wishedFrom;
    private DateOnly _wishedTo;
    private string _riskStatement = "";

    /// <summary>PostgreSQL xmin, shown as the etag: an edit made on an older reading is refused.</summary>
    public uint Version { get; set; }

    /// <summary>Takes the revised values; returns what changed (the status too, when it goes back).</summary>
    public List<FieldChange> Revise(NewNeed revised)
    {
        if (Status == NeedStatus.Matched)
        {
            throw new RuleBrokenException("NEED_NOT_EDITABLE", $"{ResourceType}/{Id}",
                "需求已对接服务分队（MATCHED），不能再修改。");
        }

        var log = new ChangeLog();
        _title = log.Note("title", _title, revised.Title);
        _domain = log.Note("domain", _domain, revised.Domain);
        _skills = log.Note("skills", _skills, revised.Skills);
        _wishedFrom = log.Note("wished_from", _wishedFrom, revised.WishedFrom);
        _wishedTo = log.Note("wished_to", _wishedTo, revised.WishedTo);
        _riskStatement = log.Note("risk_statement", _riskStatement, revised.RiskStatement);
        if (log.Changes.Count > 0 && Status == NeedStatus.Verified)
        {
            Status = log.Note("status", Status, NeedStatus.Registered);
            VerifiedAt = null;
        }

        return log.Changes;
    }
}
