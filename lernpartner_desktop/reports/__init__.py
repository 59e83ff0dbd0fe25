"""Every PDF the app makes (ReportLab). No Qt."""
