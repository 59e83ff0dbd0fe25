from lernpartner_desktop.cli import main

raise SystemExit(main())
