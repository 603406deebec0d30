namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>The theme's browser tests share one build, one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityCollection : ICollectionFixture<AccessibilitySiteFixture>
{
    public const string Name = "Theme in Chromium";
}
