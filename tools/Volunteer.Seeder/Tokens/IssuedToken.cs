namespace Volunteer.Seeder.Tokens;

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
