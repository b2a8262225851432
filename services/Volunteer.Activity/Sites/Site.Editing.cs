using Volunteer.Activity.History;

namespace Volunteer.Activity.Sites;

/// <summary>
/// Editing: a site can be corrected at any time; its contact is personal and kept out of the history.
/// </summary>
public sealed partial class Site
{
    private string _name = "";
    private SiteKind _kind;
    private string _regionCode = "";
    private AssistanceMode _mode;
    private string? _contactName;
    private string? _contactPhone;

    /// <summary>PostgreSQL xmin, shown as the etag: an edit made on an older reading is refused.</summary>
    public uint Version { get; set; }

    /// <summary>Takes the revised values; returns what changed.</summary>
    public List<FieldChange> Revise(NewSite revised)
    {
        var log = new ChangeLog();
        _name = log.Note("name", _name, revised.Name);
        _kind = log.Note("kind", _kind, revised.Kind);
        _regionCode = log.Note("region_code", _regionCode, revised.RegionCode);
        _mode = log.Note("mode", _mode, revised.Mode);
        _contactName = log.NotePersonal("contact.name", _contactName, revised.ContactName);
        _contactPhone = log.NotePersonal("contact.phone", _contactPhone, revised.ContactPhone);
        return log.Changes;
    }
}
