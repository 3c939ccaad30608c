"""The Streamlit screens, one module each; they draw and delegate to the package (assistant.web and the engine)."""
