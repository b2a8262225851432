namespace Volunteer.Activity.Sites;

/// <summary>Numbered as in the proto's ServiceDomain; the same names as roster's team specialties.</summary>
public enum ServiceDomain
{
    Education = 1,
    Science = 2,
    Culture = 3,
    Medical = 4,
    Health = 5,
}
