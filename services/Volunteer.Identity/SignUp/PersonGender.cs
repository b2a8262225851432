namespace Volunteer.Identity.SignUp;

public enum PersonGender
{
    Male = 1,
    Female = 2,
}
