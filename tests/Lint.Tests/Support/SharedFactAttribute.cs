namespace HealthLint.Tests.Support;

/// <summary>A fact that needs a folder of the shared folder beside the clone; it is skipped when that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedFactAttribute : FactAttribute
{
    /// <param name="subfolder">The folder inside the shared folder that the test reads, such as <c>robustness</c>.</param>
    public SharedFactAttribute(string subfolder = "")
    {
        if ((subfolder.Length == 0 ? SharedFolder.Path : SharedFolder.Subfolder(subfolder)) is null)
        {
            Skip = $"The shared folder is not beside this clone: expected ../shared/{subfolder} next to the folder holding Lint.sln.";
        }
    }
}
