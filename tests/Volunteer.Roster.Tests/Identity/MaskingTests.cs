using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Tests.Identity;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("44010619900307123X", "4401**********123X")]
    [InlineData("440106199003071231", "4401**********1231")]
    public void Id_number_shows_only_its_first_and_last_four_characters(string number, string masked)
    {
        Assert.Equal(masked, Masking.MaskIdNumber(number));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("19900001111", "199****1111")]
    [InlineData("020-12345678", "020-****5678")]
    [InlineData("0755-1234567", "0755-***4567")]
    [InlineData("010-1234567", "010-***4567")]
    public void Phone_shows_mobile_prefix_or_area_code_and_last_four_digits(string number, string masked)
    {
        Assert.Equal(masked, Masking.MaskPhone(number));
    }

    [Theory]
    [InlineData("4401061990030712", "****************")]
    [InlineData("4401", "****")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Id_number_of_unexpected_length_is_masked_completely(string? number, string masked)
    {
        Assert.Equal(masked, Masking.MaskIdNumber(number));
    }

    [Theory]
    [InlineData("+86 13812345678", "***************")]
    [InlineData("1381234567", "**********")]
    [InlineData("020-1234", "********")]
    [InlineData("(020)12345678", "*************")]
    [InlineData(null, "")]
    public void Phone_in_an_unrecognised_form_is_masked_completely(string? number, string masked)
    {
        Assert.Equal(masked, Masking.MaskPhone(number));
    }
}
