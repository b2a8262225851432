using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

public sealed class ActivityServiceHost() : ServiceHost<Program>("activitydb");
