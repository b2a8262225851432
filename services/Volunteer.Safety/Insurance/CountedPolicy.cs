namespace Volunteer.Safety.Insurance;

/// <summary>A policy with how many insured periods it holds.</summary>
public sealed record CountedPolicy(Policy Policy, int InsuredCount);
