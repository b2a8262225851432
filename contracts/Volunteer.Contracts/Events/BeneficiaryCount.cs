namespace Volunteer.Contracts.Events;

/// <param name="Kind">students, patients, teachers, villagers, medical-staff or other.</param>
public sealed record BeneficiaryCount(string Kind, int Count);
