"""What the Streamlit app needs besides drawing: form parsing, upload handling, display helpers, throttling."""
